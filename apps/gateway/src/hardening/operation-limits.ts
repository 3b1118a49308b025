import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import {
  type GraphQLError,
  Kind,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { gatewayError, GatewayErrorCode } from '../errors/gateway-errors';
import type { GatewayConfig } from '../gateway.config';

/** What a field that sends one command to a service costs; any other field costs 1. */
export const SERVICE_CALL_COST = 10;

/** Said instead of the limit in production, where limits do not reveal themselves. */
const UNDISCLOSED = 'the operation asks too much at once; split it into smaller operations';

export type LimitsConfig = Pick<
  GatewayConfig,
  'GATEWAY_MAX_DEPTH' | 'GATEWAY_MAX_ALIASES' | 'GATEWAY_MAX_TOKENS' | 'GATEWAY_MAX_DIRECTIVES' | 'GATEWAY_MAX_COST'
>;

function tooComplex(message: string): GraphQLError {
  return gatewayError(GatewayErrorCode.OPERATION_TOO_COMPLEX, message, { http: { status: 400 } });
}

/**
 * How much one operation may ask, checked before anything runs: depth, aliases, directives
 * (graphql-armor's validation rules), tokens (graphql-armor's counting parser, before the
 * document is parsed at all) and cost (graphql-query-complexity: a root field is a command to a
 * service, SERVICE_CALL_COST, or what it declares as its `complexity` when it sends several, as
 * `health` does; every other field 1). Each refusal is OPERATION_TOO_COMPLEX; in production
 * the message does not say the limit.
 */
export class OperationLimits {
  constructor(
    private readonly config: LimitsConfig,
    private readonly production: boolean,
  ) {}

  /** graphql-armor's protections for Apollo: the depth, alias and directive rules; in production also no "Did you mean" suggestions. */
  armor(): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
    const exposeLimits = !this.production;
    const reject = [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(tooComplex(error.message))];
    const refusal = { exposeLimits, errorMessage: UNDISCLOSED, propagateOnRejection: false, onReject: reject };
    const { plugins, validationRules } = new ApolloArmor({
      blockFieldSuggestion: { enabled: this.production },
      maxDepth: { n: this.config.GATEWAY_MAX_DEPTH, ...refusal },
      maxAliases: { n: this.config.GATEWAY_MAX_ALIASES, ...refusal },
      maxDirectives: { n: this.config.GATEWAY_MAX_DIRECTIVES, ...refusal },
      // Counted before parsing (tokenProblem); the work behind fields is the cost below.
      maxTokens: { enabled: false },
      costLimit: { enabled: false },
    }).protect();
    return { plugins, validationRules };
  }

  /** The document's tokens are counted while it is parsed, and parsing stops at the limit. */
  tokenProblem(source: string): GraphQLError | undefined {
    let refused: GraphQLError | undefined;
    try {
      new MaxTokensParserWLexer(source, {
        n: this.config.GATEWAY_MAX_TOKENS,
        exposeLimits: !this.production,
        errorMessage: UNDISCLOSED,
        onReject: [(_context, error) => (refused = error)],
        propagateOnRejection: true,
      }).parseDocument();
    } catch {
      // A syntax error is Apollo's to answer; only the token limit is refused here.
    }
    return refused && tooComplex(refused.message.replace(/^Syntax Error: /, ''));
  }

  /** The operation's cost, with its variables (a list's `first` is not multiplied: a service caps its pages). */
  costProblem(
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown>,
  ): GraphQLError | undefined {
    let cost: number;
    try {
      cost = getComplexity({
        schema,
        query: document,
        operationName,
        variables,
        estimators: [fieldExtensionsEstimator(), serviceCallEstimator(schema)],
      });
    } catch {
      return undefined; // variables that do not fit: execution answers that
    }
    if (cost <= this.config.GATEWAY_MAX_COST) return undefined;
    return tooComplex(this.production ? UNDISCLOSED : `the operation costs ${cost}; at most ${this.config.GATEWAY_MAX_COST} is allowed`);
  }
}

/** A root field sends a command to a service; any other field is read from what came back. */
function serviceCallEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
  return ({ type, childComplexity }) => (roots.has(type as never) ? SERVICE_CALL_COST : 1) + childComplexity;
}

/** Control characters but TAB, LF and CR: nothing a person types, and NUL breaks PostgreSQL text. */
const CONTROL_CHARACTER = /[^\P{Cc}\t\n\r]/u;

function controlCharacterError(text: string, field: string): GraphQLError {
  const found = CONTROL_CHARACTER.exec(text)?.[0] ?? '';
  const codePoint = `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return gatewayError(
    GatewayErrorCode.INVALID_INPUT,
    `${field} contains the control character ${codePoint}; text may contain no control character but tab, line feed and carriage return`,
    {
      field,
      http: { status: 400 },
    },
  );
}

/**
 * The first text input (a variable, at any depth, or a string written in the document) with a
 * control character other than TAB, LF and CR, as INVALID_INPUT naming the input.
 */
export function controlCharacterProblem(document: DocumentNode, variables: Record<string, unknown> | undefined): GraphQLError | undefined {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const problem = valueProblem(value, name);
    if (problem) return problem;
  }
  let found: GraphQLError | undefined;
  const path: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    ObjectField: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    StringValue(node) {
      if (!found && CONTROL_CHARACTER.test(node.value)) found = controlCharacterError(node.value, path.join('.') || 'the document');
    },
  });
  return found;
}

function valueProblem(value: unknown, path: string): GraphQLError | undefined {
  if (typeof value === 'string') return CONTROL_CHARACTER.test(value) ? controlCharacterError(value, path) : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const problem = valueProblem(item, `${path}.${index}`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (CONTROL_CHARACTER.test(key)) return controlCharacterError(key, path);
      const problem = valueProblem(item, `${path}.${key}`);
      if (problem) return problem;
    }
  }
  return undefined;
}

/** The names of the fields an operation asks at its root (through fragments too), once per occurrence. */
export function rootFieldNames(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );
  const names: string[] = [];
  const walk = (selectionSet: SelectionSetNode, seen: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value)) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  walk(operation.selectionSet, new Set());
  return names;
}
