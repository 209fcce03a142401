/** The Ajv standalone validator compiled from schema-v1.json (scripts/generate-validator.ts). */
import type { ErrorObject } from 'ajv';

declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
export default validate;
