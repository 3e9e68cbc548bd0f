/** The pinned jsDelivr URL of a file of this package. */
export declare function cdnUrl(name: string, version: string, path: string): string;
/** The CDN script tag of `dist/cdn/<file>` with its integrity and crossorigin. */
export declare function cdnScriptTag(options: {
  name: string;
  version: string;
  file: string;
  integrity: string | undefined;
  module?: boolean;
}): string;
