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
     * One file's book and its account: every transaction in the file is counted in the book, counted through a link
     * (the same money published by the provider's activity in the same file), or reported as a problem.
     *
     * @param book the file's pledges
     * @param transactions transactions in the file
     * @param counted transactions counted in the book
     * @param linked transactions counted once at the provider instead
     * @param problems transactions not counted, each reported by the reader
     */
    record FileBook(PledgeBook book, long transactions, long counted, long linked, long problems) {
    }

    /**
     * Whether a file is an IATI activity file: its first element is {@code iati-activities}. Code lists and other
     * XML kept beside the activity files are left out of the job and the check alike.
     *
     * @param in the file's first bytes or more; read, not closed
     * @return true for an activity file
     */
    static boolean isActivityFile(InputStream in) {
        try {
            javax.xml.stream.XMLInputFactory f = javax.xml.stream.XMLInputFactory.newDefaultFactory();
            f.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
            javax.xml.stream.XMLStreamReader x = f.createXMLStreamReader(in);
            while (x.hasNext()) {
                if (x.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                    return x.getLocalName().equals("iati-activities");
                }
            }
            return false;
        } catch (javax.xml.stream.XMLStreamException e) {
            return false;
        }
    }

    /** The reader the example runs with: pledgebook's IATI reader. */
    static BookReader standard() {
        return new IatiBookReader();
    }
}
