// Applies the saved colour theme before first paint (an external file: the CSP allows no inline script).
(() => {
  try {
    const t = localStorage.getItem('sb-theme');
    if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
  } catch {
    // Storage blocked: follow the system theme.
  }
})();
