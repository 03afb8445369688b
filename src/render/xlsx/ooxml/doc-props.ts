/**
 * docProps/core.xml and app.xml: who made the workbook, its title, its dates (the date of the
 * data, never the clock, so that the same input gives the same bytes), and its sheets' names.
 */
import { XML_DECLARATION, xmlText } from './xml.js';

export interface DocumentProperties {
  title: string;
  /** YYYY-MM-DD. */
  date: string;
  sheetNames: readonly string[];
}

const CREATOR = 'gkml';

export function coreXml(props: DocumentProperties): string {
  const stamp = `${props.date}T00:00:00Z`;
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${CREATOR}</dc:creator><dc:title>${xmlText(props.title)}</dc:title>` +
    `<cp:lastModifiedBy>${CREATOR}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function appXml(props: DocumentProperties): string {
  const count = props.sheetNames.length;
  const names = props.sheetNames.map((name) => `<vt:lpstr>${xmlText(name)}</vt:lpstr>`);
  return (
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${count}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${count}" baseType="lpstr">${names.join('')}</vt:vector></TitlesOfParts>` +
    '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion>' +
    '</Properties>'
  );
}
