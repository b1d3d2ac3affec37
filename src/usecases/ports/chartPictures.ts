// Pictures of the Summary's charts, taken by the workbook and put into the report Doc. The use cases
// pass them along without looking inside: in Apps Script each is a Blob from EmbeddedChart.getAs.
declare const chartPictureBrand: unique symbol;

/** An image the workbook made of a chart; only the report Doc opens it. */
export type ChartPicture = { readonly [chartPictureBrand]: true };

/** One chart on the Summary: its title as Sheets gives it (null when it gives none), and its picture (null when none could be taken). */
export interface SummaryChart {
  title: string | null;
  picture: ChartPicture | null;
}
