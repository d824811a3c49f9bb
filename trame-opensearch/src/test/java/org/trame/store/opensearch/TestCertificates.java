package org.trame.store.opensearch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A root CA and a server certificate it signed for {@code 127.0.0.1}, made at test time by the
 * JDK's own {@code keytool}, as a secured OpenSearch cluster has them: the CA's certificate in PEM
 * (what a user gives trame), the server's key and chain in a PKCS12 key store (what the node
 * serves).
 *
 * @param ca the CA's certificate, PEM
 * @param serverKeyStore the server's PKCS12 key store, password {@link #PASSWORD}
 */
record TestCertificates(Path ca, Path serverKeyStore) {

  static final String PASSWORD = "changeit";

  /** Makes a CA, named {@code name}, and a server certificate it signed, in {@code dir}. */
  static TestCertificates make(Path dir, String name) throws IOException, InterruptedException {
    Path caStore = dir.resolve(name + "-ca.p12");
    Path ca = dir.resolve(name + "-ca.pem");
    Path server = dir.resolve(name + "-server.p12");
    Path request = dir.resolve(name + "-server.csr");
    Path signed = dir.resolve(name + "-server.pem");
    keytool(
        "-genkeypair",
        "-alias",
        "ca",
        "-dname",
        "CN=" + name + " test root CA",
        "-ext",
        "bc:c",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-validity",
        "2",
        "-keystore",
        caStore);
    keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", caStore, "-file", ca);
    keytool(
        "-genkeypair",
        "-alias",
        "server",
        "-dname",
        "CN=127.0.0.1",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-validity",
        "2",
        "-keystore",
        server);
    keytool("-certreq", "-alias", "server", "-keystore", server, "-file", request);
    keytool(
        "-gencert",
        "-rfc",
        "-alias",
        "ca",
        "-keystore",
        caStore,
        "-infile",
        request,
        "-outfile",
        signed,
        "-ext",
        "SAN=ip:127.0.0.1",
        "-ext",
        "ku:c=digitalSignature",
        "-ext",
        "eku=serverAuth",
        "-validity",
        "2");
    keytool("-importcert", "-noprompt", "-alias", "ca", "-keystore", server, "-file", ca);
    keytool("-importcert", "-alias", "server", "-keystore", server, "-file", signed);
    return new TestCertificates(ca, server);
  }

  private static void keytool(Object... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    for (Object a : args) {
      command.add(a.toString());
    }
    command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(
          "keytool failed: " + command + "\n" + new String(out, StandardCharsets.UTF_8));
    }
  }
}
