/**
 * What each intrinsic function does, in our own words, keyed by Heat's implementation (the same
 * name can behave differently per HOT version: list_join with one list or several, ...).
 * Condition functions (equals, not, and, or) have no implementation entry; they are keyed by name.
 */
export interface FunctionDoc {
  signature: string;
  summary: string;
}

const DOCS: Record<string, FunctionDoc> = {
  GetParam: { signature: 'get_param: NAME | [NAME, KEY_OR_INDEX, ...]', summary: 'The value of a template parameter; with a list, a key or index inside a json or comma_delimited_list value.' },
  GetResource: { signature: 'get_resource: RESOURCE', summary: 'The ID of another resource of this template (and an implicit dependency on it).' },
  GetAttThenSelect: { signature: 'get_attr: [RESOURCE, ATTRIBUTE, PATH...]', summary: 'An attribute of a resource; further items select keys or indexes inside the value.' },
  GetAtt: { signature: 'get_attr: [RESOURCE, ATTRIBUTE, PATH...]', summary: 'An attribute of a resource; further items are handed to the resource to pick a nested value.' },
  GetAttAllAttributes: { signature: 'get_attr: [RESOURCE] | [RESOURCE, ATTRIBUTE, PATH...]', summary: 'An attribute of a resource (nested values through further items), or a map of all its attributes when only the resource is given.' },
  GetFile: { signature: 'get_file: PATH_OR_URL', summary: 'The content of a file, read by the client when the stack is created (relative to the template).' },
  Join: { signature: 'list_join: [DELIMITER, [STRING, ...]]', summary: 'Joins a list of strings with a delimiter.' },
  JoinMultiple: { signature: 'list_join: [DELIMITER, LIST, LIST, ...]', summary: 'Joins the items of one or more lists with a delimiter; maps and lists among the items are written as JSON.' },
  Replace: { signature: 'str_replace: {template: STRING, params: {KEY: VALUE}}', summary: 'Replaces every occurrence of each key of params in the template string with its (string or number) value.' },
  ReplaceJson: { signature: 'str_replace: {template: STRING, params: {KEY: VALUE}}', summary: 'Replaces every occurrence of each key of params in the template string; map and list values are written as JSON, longer keys are replaced first.' },
  ReplaceJsonStrict: { signature: 'str_replace_strict: {template: STRING, params: {KEY: VALUE}}', summary: 'Like str_replace, but fails when a key of params does not occur in the template.' },
  ReplaceJsonVeryStrict: { signature: 'str_replace_vstrict: {template: STRING, params: {KEY: VALUE}}', summary: 'Like str_replace_strict, and also fails when a value is empty or null.' },
  ResourceFacade: { signature: 'resource_facade: metadata | deletion_policy | update_policy', summary: 'In a nested template: that section of the parent resource that created this stack.' },
  Digest: { signature: 'digest: [ALGORITHM, VALUE]', summary: 'The hex digest of a string (md5, sha1, sha256, sha512 ...).' },
  Repeat: { signature: 'repeat: {for_each: {PLACEHOLDER: LIST}, template: ANY}', summary: 'Copies the template once per combination of the lists, with each placeholder replaced.' },
  RepeatWithMap: { signature: 'repeat: {for_each: {PLACEHOLDER: LIST_OR_MAP}, template: ANY}', summary: 'Copies the template once per combination of the lists (a map iterates its keys), with each placeholder replaced.' },
  RepeatWithNestedLoop: { signature: 'repeat: {for_each: {PLACEHOLDER: LIST_OR_MAP}, template: ANY, permutations: BOOL}', summary: 'Copies the template per combination of the lists, or pairwise when permutations is false.' },
  StrSplit: { signature: 'str_split: [DELIMITER, STRING] | [DELIMITER, STRING, INDEX]', summary: 'Splits a string into a list, or returns the item at an index.' },
  MapMerge: { signature: 'map_merge: [MAP, MAP, ...]', summary: 'Merges maps; later maps win on equal keys.' },
  MapReplace: { signature: 'map_replace: [MAP, {keys: {OLD: NEW}, values: {OLD: NEW}}]', summary: 'Renames keys and replaces values of a map.' },
  If: { signature: 'if: [CONDITION, VALUE_IF_TRUE, VALUE_IF_FALSE]', summary: 'One of two values, depending on a condition (a name from conditions, or an inline condition).' },
  IfNullable: { signature: 'if: [CONDITION, VALUE_IF_TRUE] | [CONDITION, VALUE_IF_TRUE, VALUE_IF_FALSE]', summary: 'One of two values depending on a condition; with two arguments a false condition removes the enclosing property, map entry or list item.' },
  Yaql: { signature: 'yaql: {expression: STRING, data: ANY}', summary: 'Evaluates a YAQL expression over the data.' },
  Filter: { signature: 'filter: [VALUES_TO_REMOVE, LIST]', summary: 'The list without the given values.' },
  MakeURL: { signature: 'make_url: {scheme, username, password, host, port, path, query, fragment}', summary: 'Builds a URL from its parts, escaping each correctly.' },
  ListConcat: { signature: 'list_concat: [LIST, LIST, ...]', summary: 'Concatenates lists.' },
  ListConcatUnique: { signature: 'list_concat_unique: [LIST, LIST, ...]', summary: 'Concatenates lists, keeping the first occurrence of repeated items.' },
  Contains: { signature: 'contains: [VALUE, LIST]', summary: 'Whether the list holds the value.' },
  'cfn.Base64': { signature: 'Fn::Base64: STRING', summary: 'CloudFormation compatibility: returns the string unchanged.' },
  'cfn.GetAZs': { signature: 'Fn::GetAZs: REGION', summary: 'CloudFormation compatibility: the availability zones.' },
  'cfn.Join': { signature: "Fn::Join: [DELIMITER, [STRING, ...]]", summary: 'CloudFormation compatibility: joins strings (HOT: list_join).' },
  'cfn.MemberListToMap': { signature: 'Fn::MemberListToMap: [KEY_NAME, VALUE_NAME, [MEMBER, ...]]', summary: 'CloudFormation compatibility: turns an AWS member list into a map.' },
  'cfn.Replace': { signature: 'Fn::Replace: [{PLACEHOLDER: VALUE}, TEMPLATE]', summary: 'CloudFormation compatibility: replaces placeholders (HOT: str_replace).' },
  'cfn.ResourceFacade': { signature: 'Fn::ResourceFacade: Metadata | DeletionPolicy | UpdatePolicy', summary: 'CloudFormation compatibility (HOT: resource_facade).' },
  'cfn.Select': { signature: 'Fn::Select: [INDEX_OR_KEY, LIST_OR_MAP]', summary: 'CloudFormation compatibility: one item of a list or map.' },
  'cfn.Split': { signature: 'Fn::Split: [DELIMITER, STRING]', summary: 'CloudFormation compatibility: splits a string (HOT: str_split).' },
  'cfn.Ref': { signature: 'Ref: PARAMETER_OR_RESOURCE', summary: 'CloudFormation compatibility: a parameter value or a resource ID (HOT: get_param, get_resource).' },
  equals: { signature: 'equals: [VALUE, VALUE]', summary: 'Condition: whether the two values are equal.' },
  not: { signature: 'not: CONDITION', summary: 'Condition: the negation of a condition.' },
  and: { signature: 'and: [CONDITION, CONDITION, ...]', summary: 'Condition: true when every condition is true (at least two).' },
  or: { signature: 'or: [CONDITION, CONDITION, ...]', summary: 'Condition: true when any condition is true (at least two).' },
};

export function functionDoc(implementationOrName: string): FunctionDoc | undefined {
  return Object.hasOwn(DOCS, implementationOrName) ? DOCS[implementationOrName] : undefined;
}
