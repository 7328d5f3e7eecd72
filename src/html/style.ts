/** The inline style sheet of the annotated view. */

/**
 * One column on a phone, text and side table next to each other from 56rem
 * up (the table scrolls sideways when it is still too wide). Cue, content, source and channel each have their own look; the parts
 * of the selected attribution (classes `sel-cue` … `sel-via`) get stronger colours together.
 */
export const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fafafa}
.doc{max-width:78rem;margin:0 auto;padding:1rem;border-bottom:1px solid #ddd}
.doc>header h2{margin:0;font-size:1.15rem;overflow-wrap:anywhere}
.counts,.error{margin:.25rem 0 .75rem;color:#555}
.error{color:#b00020}
.grid{display:grid;grid-template-columns:minmax(0,1fr);gap:1rem}
@media (min-width:56rem){.grid{grid-template-columns:minmax(0,1.5fr) minmax(32rem,1fr)}}
.text{margin:0;padding:1rem;background:#fff;border:1px solid #ddd;border-radius:.4rem;white-space:pre-wrap;overflow-wrap:anywhere;font-size:1.05rem}
.info{position:sticky;top:0;z-index:1;margin:0 0 .5rem;padding:.5rem .75rem;min-height:2.6rem;background:#263238;color:#fff;border-radius:.4rem;font-size:.9rem}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;margin:0 0 .75rem;padding:0;list-style:none;font-size:.9rem}
.cue{background:#ffe08a;font-weight:600;border-radius:.15rem;cursor:pointer}
.content{background:#dcebfb}
.source{color:#1b5e20;text-decoration:underline .15em #2e7d32;text-decoration-skip-ink:none;text-underline-offset:.2em;cursor:pointer}
.via{color:#6a1b9a;text-decoration:underline dotted .15em #8e24aa;text-decoration-skip-ink:none;text-underline-offset:.2em}
.sel-content{background:#9cc8f3}
.sel-cue{background:#ffb300;outline:2px solid #e65100}
.sel-source{background:#b9e4bb}
.sel-via{background:#e5c6ee}
.ctl{color:#b00020;font-size:.8em}
.scroll{overflow-x:auto}
.sources{border-collapse:collapse;width:100%;font-size:.85rem;background:#fff}
.sources caption{text-align:left;font-weight:600;padding:.25rem 0}
.sources th,.sources td{padding:.3rem .4rem;border-bottom:1px solid #e3e3e3;text-align:left;vertical-align:top}
.sources tbody th{font-weight:500;overflow-wrap:anywhere;min-width:7rem}
.sources .n{text-align:right;font-variant-numeric:tabular-nums}
`
