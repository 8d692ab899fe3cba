// Catalog entry types: critical-vocabulary: words that name critical operations (read by src/util/critical-names.ts).

/** One critical operation and the words that name it. Names are matched on words (`splitWords`), never on substrings. */
export interface CriticalTerm {
  /** What the operation is, shown in messages (`payment`, `signup`). */
  readonly topic: string;
  /** Word sequences that name it, space-separated (`sign up` matches `signUp` and `sign_up`). */
  readonly phrases: readonly string[];
  /**
   * Set when a phrase is ambiguous in code: it then counts only with one of these words in the name, its class, its
   * file or its route (`register` needs `user` or `account`: `registerRoutes` is framework plumbing, not a signup).
   */
  readonly qualifiers?: readonly string[];
  /** Set when a route needs one of the `qualifiers` among its own words too (`/webhooks/stripe`, not `/webhooks/github`). */
  readonly routesNeedQualifier?: boolean;
  /** Words that give the phrase another meaning when they appear in the same name (`capture` + `exception`, `payment` + `method`). */
  readonly unless?: readonly string[];
}

/** Words that make a matching name something other than the operation itself (a read, a predicate, a schema, a button). */
export interface NonCriticalNameWords {
  /** First words of reads, predicates, pure transformations and framework hooks (`get`, `is`, `format`, `use`, `on`). */
  readonly leadingVerbs: readonly string[];
  /** Last words of names that denote a thing rather than the operation (`PaymentSchema`, `checkoutRouter`, `loginPage`). */
  readonly trailingNouns: readonly string[];
  /** Class-name and file-name endings whose members are persistence, mapping or plumbing (`PaymentRepository.save`, `db.ts`). */
  readonly classSuffixes: readonly string[];
}
