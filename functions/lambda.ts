import { handle } from 'hono/aws-lambda';
import { createApp } from './app';

/** The Lambda entry: the Hono app behind API Gateway's HTTP API ($default stage). */
export const handler = handle(createApp());
