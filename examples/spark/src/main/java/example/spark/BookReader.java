package example.spark;

import io.github.pledgebook.timeline.PledgeBook;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * Reads one IATI activity file into a pledge book, with an account of what it counted and what it left out. The job
 * and the single-machine check use the same reader, so they see the same pledges.
 */
public interface BookReader extends Serializable {

    /**
     * Reads one file.
     *
     * @param in the file's bytes; the caller opens and closes it
     * @param name the file's name, for messages
     * @return the file's book and its account
     * @throws IOException if the file cannot be read
     */
    FileBook read(InputStream in, String name) throws IOException;

    /**
     * One file's book, how many transactions the file holds and how many of them could not be counted.
     *
     * @param book the file's pledges
     * @param transactions transactions in the file
     * @param problems transactions not counted (each reported by the reader)
     */
    record FileBook(PledgeBook book, long transactions, long problems) {
    }

    /** The reader the example runs with. */
    static BookReader standard() {
        return new MinimalIatiReader();
    }
}
