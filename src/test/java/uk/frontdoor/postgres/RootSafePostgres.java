package uk.frontdoor.postgres;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.io.IOUtils;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * A throwaway PostgreSQL from zonky's binaries (a Maven artifact) on a free port, that also
 * starts when the build runs as root, which initdb and postgres refuse.
 *
 * <ul>
 *   <li>Not root: zonky runs the binaries as they are.
 *   <li>Root, user namespaces allowed (a Debian 12 machine): zonky itself runs them through
 *       {@code unshare -U}, where they see themselves as {@code nobody}; nothing else is needed.
 *   <li>Root, user namespaces refused (a container without CAP_SYS_ADMIN): initdb, pg_ctl and
 *       postgres are repacked as wrappers that drop to {@code nobody} with {@code setpriv}
 *       (util-linux, like unshare), over a data directory owned by {@code nobody}.
 * </ul>
 */
public final class RootSafePostgres {

  private static final Set<String> SERVER_PROGRAMS = Set.of("bin/initdb", "bin/pg_ctl", "bin/postgres");

  private RootSafePostgres() {
  }

  public static EmbeddedPostgres start() throws IOException {
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setCleanDataDirectory(true)
        .setPGStartupWait(Duration.ofSeconds(30));
    if (new UnixSystem().getUid() == 0 && !LinuxUtils.isUnshareAvailable()) {
      Path data = Files.createTempDirectory("frontdoor-pg");
      Files.setOwner(data, data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
      builder.setPgBinaryResolver(AsNobody.INSTANCE).setDataDirectory(data);
    }
    return builder.start();
  }

  /** zonky's binaries, with each server program behind a wrapper that leaves root for nobody. */
  private enum AsNobody implements PgBinaryResolver {
    INSTANCE;

    private static final String WRAPPER = """
        #!/bin/sh
        if [ "$(id -u)" = 0 ]; then
          exec setpriv --reuid="$(id -u nobody)" --regid="$(id -g nobody)" --clear-groups "$0.real" "$@"
        fi
        exec "$0.real" "$@"
        """;

    private byte[] archive;

    @Override
    public synchronized InputStream getPgBinary(String system, String machineHardware) throws IOException {
      if (archive == null) {
        archive = repack(DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware));
      }
      return new ByteArrayInputStream(archive);
    }

    private static byte[] repack(InputStream original) throws IOException {
      ByteArrayOutputStream repacked = new ByteArrayOutputStream();
      try (TarArchiveInputStream in = new TarArchiveInputStream(new XZInputStream(original));
          TarArchiveOutputStream out = new TarArchiveOutputStream(
              new XZOutputStream(repacked, new LZMA2Options(0)))) {
        out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        TarArchiveEntry entry;
        while ((entry = in.getNextEntry()) != null) {
          byte[] content = entry.isFile() ? IOUtils.toByteArray(in) : null;
          if (entry.isFile() && SERVER_PROGRAMS.contains(entry.getName())) {
            byte[] wrapper = WRAPPER.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry script = new TarArchiveEntry(entry.getName());
            script.setMode(0755);
            script.setSize(wrapper.length);
            out.putArchiveEntry(script);
            out.write(wrapper);
            out.closeArchiveEntry();
            entry.setName(entry.getName() + ".real");
          }
          out.putArchiveEntry(entry);
          if (content != null) {
            out.write(content);
          }
          out.closeArchiveEntry();
        }
      }
      return repacked.toByteArray();
    }
  }
}
