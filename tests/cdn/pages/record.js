// Loaded first by every page: records what a partner's console and CSP reports would show.
window.record = { infos: [], errors: [], violations: [] };
const info = console.info;
console.info = (...args) => {
  window.record.infos.push(args.join(' '));
  info.apply(console, args);
};
window.addEventListener('error', (event) => window.record.errors.push(String(event.message)));
document.addEventListener('securitypolicyviolation', (event) =>
  window.record.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
);
