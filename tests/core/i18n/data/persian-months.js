// Writes the first day of every Persian (Solar Hijri) month that has a day
// between 1900-01-01 and 2100-12-31, with the Gregorian day it falls on, as
// ICU (through Node's Intl) computes it. Usage: node persian-months.js > persian-months.txt
'use strict';
const format = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', {
    timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
});
const pad = (n, width) => String(n).padStart(width, '0');
const lines = ['# Persian year-month, then the Gregorian date of its first day (ICU, via Node Intl)'];
for (let t = Date.UTC(1899, 11, 1); t <= Date.UTC(2100, 11, 31); t += 86400000) {
    const parts = Object.fromEntries(format.formatToParts(new Date(t)).map(p => [p.type, p.value]));
    if (parts.day !== '1')
        continue;
    const d = new Date(t);
    lines.push(`${pad(parseInt(parts.year), 4)}-${pad(parts.month, 2)} ` +
               `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`);
}
process.stdout.write(lines.join('\n') + '\n');
