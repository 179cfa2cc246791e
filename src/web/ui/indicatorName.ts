// An indicator's name in the reader's language: the English one when the framework has it, else the official
// Indonesian one (queue rows from the server carry only the Indonesian name).
import type { Indicator } from '../../domain/iid/types';

export const indicatorName = (indicator: Pick<Indicator, 'name' | 'nameEn'>, language: string) =>
  language === 'en' && indicator.nameEn ? indicator.nameEn : indicator.name;

/**
 * Names by code for rows that carry only the official name: the framework's indicator in the reader's language,
 * else the row's own name.
 */
export function indicatorNamer(indicators: readonly Pick<Indicator, 'code' | 'name' | 'nameEn'>[] | undefined, language: string) {
  const byCode = new Map((indicators ?? []).map((i) => [i.code, i]));
  return (code: string, official: string) => {
    const indicator = byCode.get(code);
    return indicator ? indicatorName(indicator, language) : official;
  };
}
