// Declarations of the collaborators the corpus services call; only their types matter here.
import type { Appointment, Customer, Invoice, Order, Patient, PaymentMethod, Payout, Session, TokenUsage, User } from './domain';

export declare const users: {
  findById(id: string): Promise<User | null>;
  findByEmail(email: string): Promise<User | null>;
  create(input: { email: string; password: string; firstName: string; lastName: string }): Promise<User>;
  updatePassword(id: string, password: string): Promise<void>;
};

export declare const sessions: {
  create(userId: string): Promise<Session>;
  revoke(id: string): Promise<void>;
};

export declare const customers: {
  findById(id: string): Promise<Customer>;
  search(query: string): Promise<Customer[]>;
};

export declare const orders: {
  findById(id: string): Promise<Order>;
  place(customerId: string, cartId: string): Promise<Order>;
};

export declare const payments: {
  attach(customerId: string, token: string): Promise<PaymentMethod>;
  charge(order: Order, paymentMethodId: string): Promise<{ id: string; status: string; declineCode?: string }>;
};

export declare const payouts: {
  next(): Promise<Payout | undefined>;
  markSent(id: string): Promise<void>;
};

export declare const patients: {
  findById(id: string): Promise<Patient>;
  appointmentsFor(patientId: string): Promise<Appointment[]>;
};

export declare const invoices: {
  findOpen(customerId: string): Promise<Invoice[]>;
};

export declare const mailer: {
  send(message: { to: string; template: string; data: Record<string, unknown> }): Promise<{ messageId: string }>;
};

export declare const sms: {
  send(to: string, body: string): Promise<{ sid: string }>;
};

export declare const llm: {
  complete(prompt: string): Promise<{ text: string; usage: TokenUsage }>;
};

export declare function verifyJwt(token: string): Promise<{ sub: string; exp: number; scope: string }>;
export declare function generateResetToken(): string;
