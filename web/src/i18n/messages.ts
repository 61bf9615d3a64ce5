import { enUS } from './en-US';
import { zhCN, type Messages } from './zh-CN';

export type Locale = 'zh-CN' | 'en-US';
export type { Messages };

export const messages: Record<Locale, Messages> = { 'zh-CN': zhCN, 'en-US': enUS };
export const defaultLocale: Locale = 'zh-CN';

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en-US';
}
