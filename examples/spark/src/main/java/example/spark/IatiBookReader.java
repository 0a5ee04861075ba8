package example.spark;

import io.github.pledgebook.iati.Iati;
import io.github.pledgebook.iati.IatiFormatException;
import io.github.pledgebook.iati.IatiImport;
import java.io.IOException;
import java.io.InputStream;

/**
 * pledgebook's IATI reader ({@code io.github.pledgebook.iati}, see docs/iati.md): one file into a book, with its full
 * account of transactions counted, counted once through a link, and reported as problems.
 */
final class IatiBookReader implements BookReader {

    private static final long serialVersionUID = 1L;

    @Override
    public FileBook read(InputStream in, String name) throws IOException {
        IatiImport imported;
        try {
            imported = Iati.read(in);
        } catch (IatiFormatException e) {
            throw new IOException(name + ": " + e.getMessage(), e);
        }
        return new FileBook(imported.book(), imported.transactionCount(), imported.countedCount(),
                imported.links().size(), imported.problems().size());
    }
}
