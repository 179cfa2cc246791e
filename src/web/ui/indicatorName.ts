// An indicator's name in the reader's language: the English one when the framework has it, else the official
// Indonesian one (queue rows from the server carry only the Indonesian name).
import type { Indicator } from '../../domain/iid/types';

export const indicatorName = (indicator: Pick<Indicator, 'name' | 'nameEn'>, language: string) =>
  language === 'en' && indicator.nameEn ? indicator.nameEn : indicator.name;
