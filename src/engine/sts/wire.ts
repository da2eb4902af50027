/**
 * STS's answer on the wire (AWS Query protocol, API version 2011-06-15): the XML documents that
 * the CLI's local endpoint sends and the flow shows, from one writer.
 * - success: `<AssumeRoleWithWebIdentityResponse>` with the result and `<ResponseMetadata>`, as in
 *   the STS API reference's example response
 *   (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html);
 * - error: `<ErrorResponse><Error><Type>Sender</Type><Code/><Message/></Error><RequestId/>`
 *   (botocore's query parser reads Error/Code and Error/Message).
 * Pure string building: no clock, no I/O.
 */
import type { StsError, StsResponse } from '../types'

export const STS_API_VERSION = '2011-06-15'
const XMLNS = `https://sts.amazonaws.com/doc/${STS_API_VERSION}/`
const OPERATION = 'AssumeRoleWithWebIdentity'

/** Text content escaped as AWS writes it: `&`, `<`, `>` (quotes stay as they are in text nodes). */
const escapeXml = (text: string) =>
  text.replace(/[&<>\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' })[c]!)

/** The ErrorResponse document: `Sender` for 4xx, `Receiver` for 5xx, as AWS Query services write it. */
export function errorXml(error: StsError, requestId: string): string {
  const type = error.httpStatus >= 500 ? 'Receiver' : 'Sender'
  return (
    `<ErrorResponse xmlns="${XMLNS}">\n` +
    `  <Error>\n` +
    `    <Type>${type}</Type>\n` +
    `    <Code>${escapeXml(error.code)}</Code>\n` +
    `    <Message>${escapeXml(error.message)}</Message>\n` +
    `  </Error>\n` +
    `  <RequestId>${requestId}</RequestId>\n` +
    `</ErrorResponse>\n`
  )
}

/** On the wire `Expiration` is ISO 8601 in UTC with `Z` (the CLI prints it with `+00:00`). */
export const wireTimestamp = (cli: string) => cli.replace(/\+00:00$/, 'Z')

export function successXml(response: StsResponse, requestId: string): string {
  const c = response.Credentials
  const el = (name: string, value: string, indent: string) =>
    `${indent}<${name}>${escapeXml(value)}</${name}>\n`
  return (
    `<${OPERATION}Response xmlns="${XMLNS}">\n` +
    `  <${OPERATION}Result>\n` +
    el('SubjectFromWebIdentityToken', response.SubjectFromWebIdentityToken, '    ') +
    el('Audience', response.Audience, '    ') +
    `    <AssumedRoleUser>\n` +
    el('Arn', response.AssumedRoleUser.Arn, '      ') +
    el('AssumedRoleId', response.AssumedRoleUser.AssumedRoleId, '      ') +
    `    </AssumedRoleUser>\n` +
    `    <Credentials>\n` +
    el('SessionToken', c.SessionToken, '      ') +
    el('SecretAccessKey', c.SecretAccessKey, '      ') +
    el('Expiration', wireTimestamp(c.Expiration), '      ') +
    el('AccessKeyId', c.AccessKeyId, '      ') +
    `    </Credentials>\n` +
    el('Provider', response.Provider, '    ') +
    `  </${OPERATION}Result>\n` +
    `  <ResponseMetadata>\n` +
    `    <RequestId>${requestId}</RequestId>\n` +
    `  </ResponseMetadata>\n` +
    `</${OPERATION}Response>\n`
  )
}
