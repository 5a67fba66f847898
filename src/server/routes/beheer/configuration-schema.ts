import { RESIDENT_PROFILES } from '../../../domain/guides/profiles';
import { PERIOD_YEARS } from '../../../domain/period';
import { THEME_LABEL_MAX_LENGTH } from '../../../domain/themes';
import { CONFIGURATION_LIMITS } from '../../../domain/wire/configuration';

/**
 * The body of a console configuration change: `{ edit, preview? }`, one schema per kind of edit
 * (the wire type `ConfigurationEdit`). Lengths and ranges only: what an edit may do is the domain's.
 */
const labels = (max: number) =>
  ({
    type: 'object',
    required: ['nl', 'en'],
    additionalProperties: false,
    properties: { nl: { type: 'string', maxLength: max }, en: { type: 'string', maxLength: max } },
  }) as const;
const themeId = { type: 'string', maxLength: 64 } as const;
const whole = { type: 'integer', minimum: 0, maximum: 100_000 } as const;

// No `additionalProperties: false` on the branches: Fastify's Ajv removes additional properties
// while it tries each branch of `anyOf`, so a branch tried first would strip the fields of the next.
// Only the fields of the matched kind are ever read (configuration/console-edit.ts).
const edit = (kind: string, properties: Record<string, unknown>) => ({
  type: 'object',
  required: ['kind', ...Object.keys(properties)],
  properties: { kind: { const: kind }, ...properties },
});

export const EDIT_BODY = {
  type: 'object',
  required: ['edit'],
  additionalProperties: false,
  properties: {
    preview: { type: 'boolean' },
    edit: {
      anyOf: [
        {
          // As edit('add-theme', …), with the description optional.
          type: 'object',
          required: ['kind', 'labels'],
          properties: {
            kind: { const: 'add-theme' },
            labels: labels(THEME_LABEL_MAX_LENGTH),
            description: labels(CONFIGURATION_LIMITS.descriptionLength),
          },
        },
        edit('rename-theme', { id: themeId, labels: labels(THEME_LABEL_MAX_LENGTH) }),
        edit('describe-theme', { id: themeId, description: labels(CONFIGURATION_LIMITS.descriptionLength) }),
        edit('move-theme', { id: themeId, direction: { enum: ['up', 'down'] } }),
        edit('retire-theme', {
          id: themeId,
          from: {
            type: 'object',
            required: ['year', 'quarter'],
            additionalProperties: false,
            properties: {
              year: { type: 'integer', minimum: PERIOD_YEARS.min, maximum: PERIOD_YEARS.max },
              quarter: { enum: [1, 2, 3, 4] },
            },
          },
        }),
        edit('restore-theme', { id: themeId }),
        edit('set-k', { k: whole }),
        edit('set-profiles', {
          profiles: {
            type: 'array',
            maxItems: RESIDENT_PROFILES.length,
            items: { enum: [...RESIDENT_PROFILES] },
          },
        }),
        edit('set-retention', {
          retention: {
            type: 'object',
            minProperties: 1,
            additionalProperties: false,
            properties: { shareDays: whole, backupDays: whole, summaryYears: whole, auditYears: whole },
          },
        }),
        // A guide export file, as text: a guide of many sections stays well under this.
        edit('publish-guide', { file: { type: 'string', maxLength: 512 * 1024 } }),
      ],
    },
  },
} as const;
