// GraphQL resolvers and a Koa route of a profile service; the logger is injected through the context.

interface Logger {
  info(obj: unknown, msg?: string): void;
  debug(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
}

interface Context {
  logger: Logger;
  viewer?: { id: string; roles: string[] };
  req: any;
}

export const resolvers = {
  Mutation: {
    async updateProfile(_parent: unknown, args: { input: { firstName?: string; lastName?: string; bio?: string; avatarUrl?: string } }, ctx: Context) {
      ctx.logger.info({ viewerId: ctx.viewer?.id, fields: Object.keys(args.input) }, 'updateProfile'); // clean
      ctx.logger.debug({ input: args.input }, 'updateProfile input'); // pii
      return { ok: true };
    },
    async changeEmail(_parent: unknown, args: { newEmail: string }, ctx: Context) {
      ctx.logger.info({ viewerId: ctx.viewer?.id }, 'changeEmail requested'); // clean
      ctx.logger.info(`changeEmail to ${args.newEmail}`); // pii
      return { ok: true };
    },
  },
  Query: {
    async me(_parent: unknown, _args: unknown, ctx: Context) {
      ctx.logger.debug({ roles: ctx.viewer?.roles }, 'me'); // clean
      ctx.logger.debug({ req: ctx.req }, 'me request'); // pii
      return ctx.viewer;
    },
  },
};

export async function koaProfileRoute(ctx: any, next: () => Promise<void>): Promise<void> {
  const { userId } = ctx.params;
  ctx.log.info({ userId, ip: ctx.ip }, 'profile fetch'); // pii
  ctx.log.info({ userId, status: ctx.status }, 'profile fetched'); // clean
  const profile = await ctx.state.profiles.find(userId);
  ctx.log.debug({ profile }, 'profile loaded'); // pii
  ctx.log.debug({ profileId: profile.id, complete: Boolean(profile.bio) }, 'profile summary'); // clean
  await next();
}
