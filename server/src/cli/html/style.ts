/** The HTML report's style sheet: system fonts only, colours with enough contrast on white (WCAG AA). */
export const REPORT_STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff;margin:0}
main{max-width:1180px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:19px;margin:28px 0 8px}
.run{color:#4d545c;margin:0 0 18px}
.headline{display:flex;flex-wrap:wrap;gap:10px;margin:0}
.headline div{border:1px solid #d0d7de;border-radius:6px;padding:8px 12px}
.headline dt{font-size:13px;color:#4d545c}
.headline dd{margin:2px 0 0;font-size:20px;font-weight:600}
.charts{display:flex;flex-wrap:wrap;gap:24px;margin-top:24px}
figure{margin:0;flex:1 1 520px}
figcaption{font-weight:600;margin-bottom:6px}
svg.chart{max-width:100%;height:auto;font-size:13px}
svg.chart text{fill:#1f2328}
svg.chart a text{fill:#0550ae;text-decoration:underline}
.filters{display:flex;flex-wrap:wrap;gap:16px;align-items:center}
input[type=search]{min-width:240px;padding:4px 6px}
table{border-collapse:collapse;width:100%;margin-top:8px}
th,td{border-bottom:1px solid #d0d7de;padding:5px 8px;text-align:left;vertical-align:top}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:#1f2328}
th[aria-sort=ascending] button::after{content:" ▲"}
th[aria-sort=descending] button::after{content:" ▼"}
td button{font:inherit;background:none;border:0;padding:0;cursor:pointer;color:#0550ae;text-align:left}
td button[aria-expanded=true]{font-weight:600}
td.num{text-align:right;white-space:nowrap}
td.error{color:#b3261e;font-weight:600}
tr.findings td{background:#f6f8fa}
tr.findings ul{margin:0;padding-left:18px}
li.error span{color:#b3261e}
li.warning span{color:#7a4d00}
a{color:#0550ae}
#more{margin-top:10px;padding:4px 12px}
`;
