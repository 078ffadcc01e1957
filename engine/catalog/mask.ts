// Masking of personal data (户名, 用电地址, 联系电话, 证件号码) for display outside a case:
// enough is left to recognise a record, not to identify a person.

/** 张小明 -> 张*明, 张明 -> 张*, 示范华兴超市 -> 示****市 */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** 13812345678 -> 138****5678 */
export function maskPhone(phone: string): string {
  if (phone.length <= 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** 320102199001011234 -> 3201**********1234 */
export function maskIdNumber(id: string): string {
  if (id.length <= 8) return '*'.repeat(id.length);
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/** The first third of an address (city and district, about) stays; the rest is hidden. */
export function maskAddress(address: string): string {
  const chars = [...address];
  if (chars.length <= 3) return '*'.repeat(chars.length);
  return `${chars.slice(0, Math.ceil(chars.length / 3)).join('')}****`;
}

export type Masker = (value: string) => string;
