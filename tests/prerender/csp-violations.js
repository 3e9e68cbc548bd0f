// Loaded first by pages/strict-csp.html: keeps what the page's Content-Security-Policy blocked.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} ${event.sample || ''}`.trim());
});
