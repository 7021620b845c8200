/** Fills `{0}`, `{1}`… in a localized string. */
export function fillTemplate(template: string, ...values: string[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? whole : value;
  });
}

/** "a", "a and b", "a, b and c" with the language's own words. */
export function joinList(items: readonly string[], separator: string, lastSeparator: string): string {
  if (items.length <= 1) return items.join('');
  return items.slice(0, -1).join(separator) + lastSeparator + items[items.length - 1];
}
