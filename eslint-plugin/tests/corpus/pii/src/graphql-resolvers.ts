// GraphQL resolvers for a members area, logging with a pino logger passed in the context.
import type { Logger } from 'pino';
import type { User } from './domain';
import { users } from './services';

interface Context {
  log: Logger;
  viewer?: User;
  authToken?: string;
}

export const resolvers = {
  Query: {
    async me(_parent: unknown, _args: unknown, ctx: Context): Promise<User | null> {
      ctx.log.debug({ viewerId: ctx.viewer?.id }, 'resolving me'); // clean
      if (!ctx.viewer) {
        ctx.log.info({ hasToken: ctx.authToken !== undefined }, 'anonymous me query'); // clean
        return null;
      }
      ctx.log.trace({ viewer: ctx.viewer }, 'viewer'); // pii
      return ctx.viewer;
    },
    async member(_parent: unknown, args: { id: string }, ctx: Context): Promise<User | null> {
      const member = await users.findById(args.id);
      ctx.log.info({ memberId: args.id, found: Boolean(member) }, 'member lookup'); // clean
      if (member && !member.emailVerified) ctx.log.warn({ memberId: member.id, email: member.email }, 'unverified member viewed'); // pii
      return member;
    },
  },
  Mutation: {
    async updateEmail(_parent: unknown, args: { newEmail: string }, ctx: Context): Promise<boolean> {
      ctx.log.info({ viewerId: ctx.viewer?.id, newEmailLength: args.newEmail.length }, 'email update'); // clean
      ctx.log.debug({ args }, 'update email args'); // pii
      ctx.log.debug({ token: ctx.authToken }, 'auth token for email update'); // pii
      return true;
    },
    async deleteAccount(_parent: unknown, args: { confirmPhrase: string }, ctx: Context): Promise<boolean> {
      ctx.log.warn({ viewerId: ctx.viewer?.id, confirmed: args.confirmPhrase === 'DELETE' }, 'account deletion'); // clean
      return true;
    },
  },
};
