import * as v from 'valibot';
import type { ConfigurationLayer } from '../configuration/layer';
import type { AreaConfiguration } from '../configuration/merge';
import { RESIDENT_PROFILES } from '../guides/profiles';
import { PERIOD_YEARS } from '../period';
import { MIN_SUPPRESSION_K } from '../suppression';
import { THEME_LABEL_MAX_LENGTH } from '../themes';
import { SUMMARY_LIMITS, WIRE_ID_PATTERN } from './summary';
import { isCleanText } from './validation';

/**
 * `GET /api/configuration`: the merged configuration of the device's area, and the layers as the
 * server stores them. Checked on both sides: the server never stores a layer its own devices
 * could not read, and a device never follows an answer it cannot fully understand.
 */
export const CONFIGURATION_LIMITS = {
  themes: 500,
  guides: 500,
  descriptionLength: 300,
  maxK: 100,
  maxShareDays: 90,
  maxBackupDays: 3650,
  maxSummaryYears: 50,
  maxAuditYears: 30,
} as const;

export interface ConfigurationResponse {
  areaId: string;
  /** Goes up with every change to a layer this area inherits from; 0 for the built-in set. */
  version: number;
  configuration: AreaConfiguration;
}

const id = v.pipe(v.string(), v.maxLength(SUMMARY_LIMITS.idLength), v.regex(WIRE_ID_PATTERN));
const label = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max),
    v.check((text) => text.trim() !== '' && isCleanText(text)),
  );
const labels = (max: number) => v.strictObject({ nl: label(max), en: label(max) });
const period = v.strictObject({
  year: v.pipe(v.number(), v.safeInteger(), v.minValue(PERIOD_YEARS.min), v.maxValue(PERIOD_YEARS.max)),
  quarter: v.picklist([1, 2, 3, 4]),
});
const whole = (min: number, max: number) =>
  v.pipe(v.number(), v.safeInteger(), v.minValue(min), v.maxValue(max));
const guideRef = v.strictObject({ id, version: whole(1, SUMMARY_LIMITS.guideVersion) });
const profiles = v.pipe(
  v.array(v.picklist(RESIDENT_PROFILES)),
  v.maxLength(RESIDENT_PROFILES.length),
  v.check((list) => new Set(list).size === list.length),
);
const k = whole(MIN_SUPPRESSION_K, CONFIGURATION_LIMITS.maxK);
const shareDays = whole(1, CONFIGURATION_LIMITS.maxShareDays);
const backupDays = whole(1, CONFIGURATION_LIMITS.maxBackupDays);
const summaryYears = whole(1, CONFIGURATION_LIMITS.maxSummaryYears);
const auditYears = whole(1, CONFIGURATION_LIMITS.maxAuditYears);

const ThemeEntrySchema = v.strictObject({
  id,
  labels: v.optional(labels(THEME_LABEL_MAX_LENGTH)),
  description: v.optional(labels(CONFIGURATION_LIMITS.descriptionLength)),
  order: v.optional(whole(0, 1_000_000)),
  retiredFrom: v.optional(v.nullable(period)),
});

export const ConfigurationLayerSchema = v.strictObject({
  themes: v.pipe(v.array(ThemeEntrySchema), v.maxLength(CONFIGURATION_LIMITS.themes)),
  guides: v.pipe(v.array(guideRef), v.maxLength(CONFIGURATION_LIMITS.guides)),
  residentProfiles: v.optional(profiles),
  suppressionK: v.optional(k),
  retention: v.optional(
    v.strictObject({
      shareDays: v.optional(shareDays),
      backupDays: v.optional(backupDays),
      summaryYears: v.optional(summaryYears),
      auditYears: v.optional(auditYears),
    }),
  ),
});

const ThemeSchema = v.strictObject({
  id,
  labels: labels(THEME_LABEL_MAX_LENGTH),
  retired: v.boolean(),
  description: v.optional(labels(CONFIGURATION_LIMITS.descriptionLength)),
  retiredFrom: v.optional(period),
});

export const AreaConfigurationSchema = v.strictObject({
  codebook: v.strictObject({
    themes: v.pipe(v.array(ThemeSchema), v.maxLength(CONFIGURATION_LIMITS.themes)),
  }),
  guides: v.pipe(v.array(guideRef), v.maxLength(CONFIGURATION_LIMITS.guides)),
  residentProfiles: profiles,
  suppressionK: k,
  retention: v.strictObject({ shareDays, backupDays }),
});

export const ConfigurationResponseSchema = v.strictObject({
  areaId: id,
  version: whole(0, Number.MAX_SAFE_INTEGER),
  configuration: AreaConfigurationSchema,
});

export function parseConfigurationLayer(input: unknown): ConfigurationLayer | undefined {
  const result = v.safeParse(ConfigurationLayerSchema, input);
  return result.success ? result.output : undefined;
}

export function parseConfigurationResponse(input: unknown): ConfigurationResponse | undefined {
  const result = v.safeParse(ConfigurationResponseSchema, input);
  return result.success ? result.output : undefined;
}

// The schemas and the interfaces must describe the same thing: each is assignable to the other.
type LayerOutput = v.InferOutput<typeof ConfigurationLayerSchema>;
type ConfigurationOutput = v.InferOutput<typeof AreaConfigurationSchema>;
const sameLayer: [(a: ConfigurationLayer) => LayerOutput, (b: LayerOutput) => ConfigurationLayer] = [
  (a) => a,
  (b) => b,
];
const sameConfiguration: [
  (
    a: AreaConfiguration,
  ) => Omit<ConfigurationOutput, 'codebook'> & { codebook: AreaConfiguration['codebook'] },
  (b: ConfigurationOutput) => AreaConfiguration,
] = [(a) => a, (b) => b];
void sameLayer;
void sameConfiguration;
