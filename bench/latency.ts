// Seconds a person waits for an operation, estimated from its calls and published per-call latencies
// (estimates, not promises: Google publishes no latency figures of its own).
// - Properties: getProperty about 30 ms, setProperty about 62 ms on average over 100 runs
//   (Luis Peralta, "Google Apps Script APIs performance", ziritione.org/post/apps_script_performance).
// - Spreadsheet and Document calls: a call that must reach the document about 80 ms; a write Apps
//   Script may queue (it caches writes until the next read, per Google's "Optimizing Spreadsheet
//   Operations", googleappsscript.blogspot.com/2010/06/optimizing-spreadsheet-operations.html) as
//   little as 0.4 ms (Mogsdad's measurements in "What is faster: ScriptDb or SpreadsheetApp?" on
//   Stack Overflow: 400 queued row writes in 164 ms, a flush about 30 ms and more).
import type { CallCost } from './scenario';

export const LATENCY_MS = { propertyRead: 30, propertyWrite: 62, documentCall: 80, queuedWrite: 0.4 } as const;

export interface WaitEstimate {
  /** Writes queued by Apps Script and flushed together. */
  lowSeconds: number;
  /** Every call waits for the document. */
  highSeconds: number;
}

const isPropertyWrite = (method: string) => /^PropertiesService\.Properties\.(set|delete)/.test(method);
const isProperty = (method: string) => method.startsWith('PropertiesService.');
/** Calls that change the document: these Apps Script may queue; every other call must answer at once. */
const isQueueableWrite = (method: string) =>
  /\.(set|insert|append|delete|remove|clear|hide|show|protect|add|copy)[A-Za-z]*$/.test(method) && !isProperty(method);

export function estimateWait(cost: CallCost): WaitEstimate {
  let low = 0;
  let high = 0;
  for (const [method, count] of Object.entries(cost.byMethod)) {
    if (isProperty(method)) {
      const ms = isPropertyWrite(method) ? LATENCY_MS.propertyWrite : LATENCY_MS.propertyRead;
      low += ms * count;
      high += ms * count;
    } else if (isQueueableWrite(method)) {
      low += LATENCY_MS.queuedWrite * count;
      high += LATENCY_MS.documentCall * count;
    } else {
      low += LATENCY_MS.documentCall * count;
      high += LATENCY_MS.documentCall * count;
    }
  }
  return { lowSeconds: Math.round(low) / 1000, highSeconds: Math.round(high) / 1000 };
}
