import type { z } from 'zod';
import { commandResult, type CommandResult } from './command-result';
import { defineRequestReply, type RequestReplyDefinition } from './topic-registry';

/** A request-reply command of one context whose reply is a CommandResult of `result`. */
export function defineCommand<TRequest extends z.ZodType, TResult extends z.ZodType>(definition: {
  context: string;
  name: string;
  messageType: string;
  description: string;
  keyDescription: string;
  request: TRequest;
  result: TResult;
}): RequestReplyDefinition<z.output<TRequest>, CommandResult<z.output<TResult>>> {
  return defineRequestReply<z.output<TRequest>, CommandResult<z.output<TResult>>>({
    name: `${definition.context}.${definition.name}`,
    owner: definition.context,
    messageType: definition.messageType,
    version: 1,
    description: definition.description,
    keyDescription: definition.keyDescription,
    request: definition.request as z.ZodType<z.output<TRequest>>,
    reply: commandResult(definition.result) as z.ZodType<CommandResult<z.output<TResult>>>,
  });
}
