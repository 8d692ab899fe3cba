import { randomUUID } from 'node:crypto';
import { logger } from '../lib/logger.js';

export interface User {
  id: string;
  email: string;
  fullName: string;
  phone?: string;
  emailVerified: boolean;
  createdAt: Date;
}

export interface SignupRequest {
  email: string;
  password: string;
  fullName: string;
  phone?: string;
}

const users = new Map<string, User>();

export async function findUserByEmail(email: string): Promise<User | undefined> {
  logger.debug(`looking up user ${email}`);
  return [...users.values()].find((user) => user.email === email);
}

export async function createUser(request: SignupRequest): Promise<User> {
  const user: User = {
    id: randomUUID(),
    email: request.email,
    fullName: request.fullName,
    phone: request.phone,
    emailVerified: false,
    createdAt: new Date(),
  };
  users.set(user.id, user);
  logger.info({ user }, 'user created');
  logger.info({ userId: user.id, emailVerified: user.emailVerified }, 'verification pending');
  return user;
}

export function describeUser(user: User): string {
  return `${user.fullName} <${user.email}>`;
}
