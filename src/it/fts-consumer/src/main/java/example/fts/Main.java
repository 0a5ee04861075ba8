package example.fts;

import io.github.pledgebook.Stage;
import io.github.pledgebook.fts.FtsImport;
import io.github.pledgebook.fts.FtsReader;
import java.time.LocalDate;

/** Reads a small FTS response and prints what it counted, and where pledgebook and the parser run. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        String json = "{\"status\": \"ok\", \"data\": {\"flows\": ["
                + "{\"id\": \"1\", \"status\": \"paid\", \"amountUSD\": 1100, \"originalAmount\": 1000,"
                + " \"originalCurrency\": \"EUR\", \"exchangeRate\": 0.909, \"date\": \"2020-03-19T00:00:00Z\","
                + " \"boundary\": \"incoming\", \"onBoundary\": \"single\", \"newMoney\": true,"
                + " \"sourceObjects\": [{\"type\": \"Organization\", \"id\": \"4306\", \"name\": \"Germany, Government of\"}],"
                + " \"destinationObjects\": [{\"type\": \"Organization\", \"id\": \"2915\", \"name\": \"UNICEF\"}]},"
                + "{\"id\": \"2\", \"status\": \"paid\", \"amountUSD\": 300, \"date\": \"2020-04-01T00:00:00Z\","
                + " \"boundary\": \"internal\","
                + " \"sourceObjects\": [{\"type\": \"Organization\", \"id\": \"8020\", \"name\": \"oPt Humanitarian Fund\"}],"
                + " \"destinationObjects\": [{\"type\": \"Organization\", \"id\": \"2178\", \"name\": \"NRC\"}]}"
                + "]}, \"meta\": {}}";
        FtsImport fts = FtsReader.read(json);
        System.out.println(fts);
        System.out.println("paid: " + fts.book().asOf(LocalDate.of(2021, 1, 1)).total(Stage.DISBURSED).total());
        System.out.println("pledgebook runs in " + where(FtsReader.class));
        System.out.println("the parser runs in " + where(parser()));
    }

    private static Class<?> parser() {
        try {
            return Class.forName("tools.jackson.core.json.JsonFactory");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String where(Class<?> type) {
        Module module = type.getModule();
        return module.isNamed() ? "module " + module.getName() : "the unnamed module";
    }
}
