// Heat resource types and HOT versions -> schemas/heat-resource-types.json, schemas/hot-versions.json
import { compact, readFacts } from './common.mjs';

const HEAT_TYPE_TO_PARAM = { String: 'string', Integer: 'number', Number: 'number', Boolean: 'boolean', List: 'comma_delimited_list', Map: 'json' };

export function resourceTypes() {
  const facts = readFacts('resource_types.json');
  const out = {};
  for (const [name, t] of Object.entries(facts.types)) {
    const properties = {};
    for (const [pname, p] of Object.entries(t.properties ?? {})) {
      properties[pname] = compact({ type: p.type, required: p.required || undefined, parameterType: HEAT_TYPE_TO_PARAM[p.type] });
    }
    out[name] = compact({
      status: t.support_status?.status,
      since: t.support_status?.version,
      properties,
      attributes: Object.keys(t.attributes ?? {}),
    });
  }
  return out;
}

export function hotVersions() {
  const facts = readFacts('hot_versions.json');
  return {
    versions: facts.versions.map((v) => ({
      value: v.value,
      aliasOf: v.alias_of ?? undefined,
      openstackRelease: v.openstack_release,
      sections: v.top_level_sections,
      functions: Object.keys(v.functions ?? {}),
      conditionFunctions: v.condition_functions ?? [],
      conditionsSupported: Boolean(v.conditions_supported),
    })),
    pseudoParameters: facts.pseudo_parameters_hot.available,
  };
}

