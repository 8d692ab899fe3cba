// Domain types shared by the corpus services, shaped like a typical e-commerce / health / fintech backend.

export interface PostalAddress {
  line1: string;
  line2?: string;
  city: string;
  postcode: string;
  country: string;
}

export interface User {
  id: string;
  email: string;
  emailVerified: boolean;
  firstName: string;
  lastName: string;
  phone?: string;
  role: 'admin' | 'member' | 'support';
  tenantId: string;
  passwordHash: string;
  createdAt: Date;
  lastLoginAt?: Date;
}

export interface Customer {
  id: string;
  name: string;
  email: string;
  plan: 'free' | 'pro' | 'enterprise';
  billingAddress: PostalAddress;
  stripeCustomerId: string;
  addresses: PostalAddress[];
}

export interface OrderItem {
  sku: string;
  quantity: number;
  unitPriceCents: number;
}

export interface Order {
  id: string;
  status: 'pending' | 'paid' | 'shipped' | 'cancelled';
  totalCents: number;
  currency: string;
  items: OrderItem[];
  customer: Customer;
  shippingAddress: PostalAddress;
  couponCode?: string;
}

export interface OrderSummary {
  id: string;
  status: Order['status'];
  totalCents: number;
  currency: string;
  itemCount: number;
}

export interface PaymentMethod {
  id: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
  fingerprint: string;
}

export interface CardInput {
  cardNumber: string;
  cvc: string;
  expMonth: number;
  expYear: number;
  cardholderName: string;
}

export interface Payout {
  id: string;
  amountCents: number;
  iban: string;
  accountHolder: string;
  status: 'queued' | 'sent' | 'failed';
}

export interface Patient {
  id: string;
  mrn: string;
  fullName: string;
  dateOfBirth: string;
  phone: string;
  ward: string;
}

export interface Appointment {
  id: string;
  patientId: string;
  clinicianId: string;
  startsAt: Date;
  durationMinutes: number;
}

export interface Session {
  id: string;
  userId: string;
  expiresAt: Date;
  userAgent: string;
}

export interface Invoice {
  id: string;
  number: string;
  customerId: string;
  amountDueCents: number;
  dueDate: string;
  status: 'draft' | 'open' | 'paid' | 'void';
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

export interface PasswordPolicy {
  name: string;
  minLength: number;
  requireSymbols: boolean;
}

export interface WebhookEvent {
  id: string;
  type: string;
  created: number;
  livemode: boolean;
}

export interface SignupBody {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  marketingOptIn: boolean;
}
