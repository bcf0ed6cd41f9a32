export function formattingLocales(messagesDir: string): string[];
export function localeDataModules(locales: readonly string[], fromDir: string): string[];
