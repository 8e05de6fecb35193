import data from '../../../../schemas/conf-options.json';

export interface ConfOptionInfo {
  type: string;
  default?: unknown;
  secret?: boolean;
  summary?: string;
  deprecatedForRemoval?: boolean;
  deprecatedReason?: string;
  deprecatedName?: string;
  deprecatedGroup?: string;
  releases: string[];
}

const groups = data.groups as unknown as Record<string, Record<string, ConfOptionInfo>>;

export function confGroupKnown(group: string): boolean {
  return Object.hasOwn(groups, group);
}

/** The option's facts, whatever the release; callers check `releases` when it matters. */
export function confOption(group: string, key: string): ConfOptionInfo | undefined {
  const options = groups[group];
  return options && Object.hasOwn(options, key) ? options[key] : undefined;
}
