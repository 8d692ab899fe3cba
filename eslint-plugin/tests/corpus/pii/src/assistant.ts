// An LLM-backed support assistant that logs usage and conversation metadata.
import pino from 'pino';
import { llm } from './services';
import type { Customer, TokenUsage } from './domain';

const logger = pino();
const MAX_PROMPT_TOKENS = 4_000;

export async function answer(customer: Customer, question: string): Promise<string> {
  logger.info({ customerId: customer.id, questionLength: question.length }, 'assistant question'); // clean
  logger.debug({ question }, 'assistant question text'); // clean
  const prompt = `You are a support agent. The customer ${customer.name} <${customer.email}> asks: ${question}`;
  logger.debug({ prompt }, 'prompt'); // pii
  const { text, usage } = await llm.complete(prompt);
  logUsage(customer.id, usage);
  logger.info({ answerLength: text.length, maxTokens: MAX_PROMPT_TOKENS }, 'assistant answered'); // clean
  return text;
}

function logUsage(customerId: string, usage: TokenUsage): void {
  const tokenCount = usage.totalTokens;
  logger.info({ customerId, tokenCount, promptTokens: usage.promptTokens }, 'llm usage'); // clean
  logger.info({ usage }, 'llm usage breakdown'); // clean
}
