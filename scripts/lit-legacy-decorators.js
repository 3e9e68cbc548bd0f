// `lit/decorators.js` for the CDN builds: only the `property` and `state` decorators, in their
// legacy form (tsconfig's `experimentalDecorators`), as Lit's own legacy branch does them. Lit's
// module also carries the standard-decorator branch and the other decorators: ~200 B gzip.
export const property = (options) => (proto, name) => {
  const own = Object.prototype.hasOwnProperty.call(proto, name);
  proto.constructor.createProperty(name, options);
  // An accessor declared on the class keeps its own descriptor (Lit wraps it).
  return own ? Object.getOwnPropertyDescriptor(proto, name) : undefined;
};

export const state = (options) => property({ ...options, state: true, attribute: false });
