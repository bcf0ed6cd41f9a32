export declare const API_TYPES_FILE: string;
/** The TypeScript declarations (`paths`, `components`, `operations`) of an OpenAPI document. */
export declare function renderApiTypes(doc: unknown): Promise<string>;
