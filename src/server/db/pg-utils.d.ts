// node-postgres turns a parameter's value into the text it sends with this (not in @types/pg).
declare module 'pg/lib/utils.js' {
  const utils: { prepareValue(value: unknown): string | Buffer | null };
  export default utils;
}
