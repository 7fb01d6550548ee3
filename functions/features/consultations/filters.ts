/**
 * The filter of a list Query, built from fixed attribute names and placeholders only: what people type is a value,
 * never part of the expression. `equal` keeps items whose attribute equals the value (undefined: no condition);
 * `contains` keeps items whose attribute holds every value (DynamoDB's contains, linear in the text).
 */
export function listFilter(equal: Record<string, string | undefined>, contains?: { attribute: string; values: readonly string[] }) {
  const parts: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  Object.entries(equal).forEach(([attribute, value], i) => {
    if (value === undefined) return;
    parts.push(`#e${i} = :e${i}`);
    names[`#e${i}`] = attribute;
    values[`:e${i}`] = value;
  });
  contains?.values.forEach((value, i) => {
    parts.push(`contains(#c, :c${i})`);
    names['#c'] = contains.attribute;
    values[`:c${i}`] = value;
  });
  return { expression: parts.length ? { FilterExpression: parts.join(' AND '), ExpressionAttributeNames: names } : {}, values };
}
