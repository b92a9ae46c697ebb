// X.509 certificates for TLS tests, built with node:crypto alone (no openssl): self-signed or
// issued by a test CA, valid or expired, for servers (SAN 127.0.0.1) or clients.

import { X509Certificate, createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";

export interface TestCertificate {
  /** PEM certificate. */
  cert: string;
  /** PEM private key (PKCS#8). */
  key: string;
  /** The PEM body (base64 DER), as LXD 5.0.2 takes it in `POST /1.0/certificates`. */
  derBase64: string;
  /** SHA-256 of the DER, lower-case hex (LXD's fingerprint). */
  fingerprint: string;
  privateKey: KeyObject;
}

export interface CertificateOptions {
  commonName?: string;
  /** Validity window; default one hour ago to ten years ahead. */
  notBefore?: Date;
  notAfter?: Date;
  /** A CA certificate, when issued by one (else self-signed). */
  issuer?: TestCertificate;
  /** This certificate is a CA. */
  ca?: boolean;
  /** Server certificate (SAN 127.0.0.1 and localhost, serverAuth) or client certificate (clientAuth). */
  usage?: "server" | "client";
}

function der(tag: number, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const n = body.length;
  const length = n < 0x80 ? Buffer.from([n]) : n < 0x100 ? Buffer.from([0x81, n]) : Buffer.from([0x82, n >> 8, n & 0xff]);
  return Buffer.concat([Buffer.from([tag]), length, body]);
}
const seq = (...parts: Buffer[]) => der(0x30, ...parts);
function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split(".").map(Number);
  const bytes = [40 * a! + b!];
  for (const v of rest) {
    const chunk = [v & 0x7f];
    for (let x = v >> 7; x > 0; x >>= 7) chunk.unshift((x & 0x7f) | 0x80);
    bytes.push(...chunk);
  }
  return der(0x06, Buffer.from(bytes));
}
function time(date: Date): Buffer {
  const iso = date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  const year = date.getUTCFullYear();
  return year < 2050 ? der(0x17, Buffer.from(`${iso.slice(2)}Z`)) : der(0x18, Buffer.from(`${iso}Z`));
}
const name = (cn: string) => seq(der(0x31, seq(oid("2.5.4.3"), der(0x0c, Buffer.from(cn, "utf8")))));
const extension = (id: string, critical: boolean, value: Buffer) =>
  seq(oid(id), ...(critical ? [der(0x01, Buffer.from([0xff]))] : []), der(0x04, value));

/** A certificate and its key. */
export function makeCertificate(options: CertificateOptions = {}): TestCertificate {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const cn = options.commonName ?? "clientele-test";
  const now = Date.now();
  const notBefore = options.notBefore ?? new Date(now - 3600_000);
  const notAfter = options.notAfter ?? new Date(now + 10 * 365 * 86400_000);
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x7f) | 0x01;
  const sigAlg = seq(oid("1.2.840.10045.4.3.2")); // ecdsa-with-SHA256
  const issuerName = options.issuer ? Buffer.from(new X509Certificate(options.issuer.cert).raw).subarray(0) : undefined;
  const extensions: Buffer[] = [];
  if (options.ca) {
    extensions.push(extension("2.5.29.19", true, seq(der(0x01, Buffer.from([0xff]))))); // basicConstraints CA:true
    extensions.push(extension("2.5.29.15", true, der(0x03, Buffer.from([0x01, 0x06])))); // keyCertSign, cRLSign
  } else {
    extensions.push(extension("2.5.29.15", true, der(0x03, Buffer.from([0x07, 0x80])))); // digitalSignature
    const usage = options.usage === "server" ? "1.3.6.1.5.5.7.3.1" : "1.3.6.1.5.5.7.3.2";
    extensions.push(extension("2.5.29.37", false, seq(oid(usage))));
    if (options.usage === "server") {
      // subjectAltName: IP 127.0.0.1, DNS localhost
      extensions.push(extension("2.5.29.17", false, seq(der(0x87, Buffer.from([127, 0, 0, 1])), der(0x82, Buffer.from("localhost")))));
    }
  }
  const tbs = seq(
    der(0xa0, der(0x02, Buffer.from([2]))), // v3
    der(0x02, serial),
    sigAlg,
    issuerName ? subjectOf(issuerName) : name(cn),
    seq(time(notBefore), time(notAfter)),
    name(cn),
    publicKey.export({ type: "spki", format: "der" }),
    der(0xa3, seq(...extensions)),
  );
  const signer = options.issuer?.privateKey ?? privateKey;
  const signature = sign("sha256", tbs, signer);
  const certDer = seq(tbs, sigAlg, der(0x03, Buffer.from([0]), signature));
  const b64 = certDer.toString("base64");
  return {
    cert: `-----BEGIN CERTIFICATE-----\n${b64.match(/.{1,64}/g)!.join("\n")}\n-----END CERTIFICATE-----\n`,
    key: privateKey.export({ type: "pkcs8", format: "pem" }) as string,
    derBase64: b64,
    fingerprint: createHash("sha256").update(certDer).digest("hex"),
    privateKey,
  };
}

/** The subject Name of a DER certificate (the issuer of the certificates it signs). */
function subjectOf(certDer: Buffer): Buffer {
  // Certificate ::= SEQUENCE { tbs SEQUENCE { [0] version, serial, sigAlg, issuer, validity, subject, ... } }
  const elements = (buf: Buffer, offset: number, end: number): Array<{ start: number; end: number; content: number }> => {
    const out = [];
    while (offset < end) {
      let length = buf[offset + 1]!;
      let header = 2;
      if (length & 0x80) {
        const count = length & 0x7f;
        length = 0;
        for (let i = 0; i < count; i++) length = (length << 8) | buf[offset + 2 + i]!;
        header += count;
      }
      out.push({ start: offset, end: offset + header + length, content: offset + header });
      offset += header + length;
    }
    return out;
  };
  const [certificate] = elements(certDer, 0, certDer.length);
  const [tbs] = elements(certDer, certificate!.content, certificate!.end);
  const fields = elements(certDer, tbs!.content, tbs!.end);
  const subject = fields[5]!;
  return certDer.subarray(subject.start, subject.end);
}
