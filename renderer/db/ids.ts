/** Random identifiers for new rows (Web Crypto, present in browsers and Node 20). */
export const newId = (): string => crypto.randomUUID();
