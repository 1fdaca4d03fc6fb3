package dev.exemplar.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for {@code localhost} and {@code 127.0.0.1}, valid for a day,
 * made for one test run by the JDK's own keytool (so no package beyond the JDK is
 * needed), written as the PEM files nginx reads.
 */
final class TestCertificate {

	private static final String ALIAS = "exemplar";

	private static final char[] PASSWORD = "test-only".toCharArray();

	private final Path certificate;

	private final Path key;

	private final Certificate made;

	TestCertificate(Path folder) throws IOException, InterruptedException, GeneralSecurityException {
		Path store = folder.resolve("test-certificate.p12");
		Files.deleteIfExists(store);
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "1", "-dname",
				"CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore",
				store.toString(), "-storepass", new String(PASSWORD))
			.redirectErrorStream(true)
			.start();
		String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (keytool.waitFor() != 0) {
			throw new IllegalStateException("keytool could not make the test certificate: " + output);
		}
		KeyStore keys = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(store)) {
			keys.load(in, PASSWORD);
		}
		made = keys.getCertificate(ALIAS);
		certificate = Files.writeString(folder.resolve("certificate.pem"), pem("CERTIFICATE", made.getEncoded()));
		byte[] privateKey = keys.getKey(ALIAS, PASSWORD).getEncoded();
		key = Files.writeString(folder.resolve("key.pem"), pem("PRIVATE KEY", privateKey));
	}

	Path certificate() {
		return certificate;
	}

	Path key() {
		return key;
	}

	/** TLS for a client that trusts this certificate alone. */
	SSLContext trustingIt() throws GeneralSecurityException, IOException {
		KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
		trusted.load(null, null);
		trusted.setCertificateEntry(ALIAS, made);
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(trusted);
		SSLContext tls = SSLContext.getInstance("TLS");
		tls.init(null, trust.getTrustManagers(), null);
		return tls;
	}

	private static String pem(String type, byte[] der) {
		return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(der)
				+ "\n-----END " + type + "-----\n";
	}

}
