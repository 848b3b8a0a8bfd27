package figures.export;

import figures.ExternalTools;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** LibreOffice Calc for tests: where it is, and what it wrote when it converted a file to flat ODS. */
final class Calc {
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    private Calc() {
    }

    /** A cell as Calc holds it: its type (float, string, or empty), its value and its text as shown. */
    record Cell(String type, String value, String text) {
    }

    /** soffice's path; a test without it is skipped, or fails where CI set FIGURES_REQUIRE_LIBREOFFICE. */
    static String soffice() {
        String soffice = findOnPath("soffice");
        if (soffice == null) {
            ExternalTools.missing("FIGURES_REQUIRE_LIBREOFFICE", "LibreOffice (soffice) is required here but not on the PATH");
        }
        return soffice;
    }

    /** The first sheet of a flat ODS file as rows of cells, repeated cells expanded. */
    static List<List<Cell>> firstSheet(File fods) throws Exception {
        return sheets(fods).values().iterator().next();
    }

    /** Every sheet of a flat ODS file by name, in the workbook's order (a LinkedHashMap), as rows of cells, repeated cells expanded. */
    static Map<String, List<List<Cell>>> sheets(File fods) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList tables = factory.newDocumentBuilder().parse(fods).getElementsByTagNameNS("*", "table");
        Map<String, List<List<Cell>>> sheets = new LinkedHashMap<>();
        for (int i = 0; i < tables.getLength(); i++) {
            Element table = (Element) tables.item(i);
            sheets.put(table.getAttributeNS(TABLE, "name"), rows(table));
        }
        return sheets;
    }

    private static List<List<Cell>> rows(Element table) {
        List<List<Cell>> rows = new ArrayList<>();
        NodeList rowNodes = table.getElementsByTagNameNS("*", "table-row");
        for (int i = 0; i < rowNodes.getLength(); i++) {
            Element row = (Element) rowNodes.item(i);
            List<Cell> cells = new ArrayList<>();
            NodeList cellNodes = row.getElementsByTagNameNS("*", "table-cell");
            for (int j = 0; j < cellNodes.getLength(); j++) {
                Element cell = (Element) cellNodes.item(j);
                String repeated = cell.getAttributeNS(TABLE, "number-columns-repeated");
                int times = repeated.isEmpty() ? 1 : Math.min(Integer.parseInt(repeated), 64);
                StringBuilder text = new StringBuilder();
                NodeList paragraphs = cell.getElementsByTagNameNS("*", "p");
                for (int k = 0; k < paragraphs.getLength(); k++) {
                    text.append(k > 0 ? "\n" : "");
                    appendText(paragraphs.item(k), text);
                }
                String office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
                Cell c = new Cell(cell.getAttributeNS(office, "value-type"), cell.getAttributeNS(office, "value"), text.toString());
                for (int t = 0; t < times; t++) {
                    cells.add(c);
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    /** ODF text: tabs and runs of spaces are elements, not characters. */
    private static void appendText(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                out.append(n.getNodeValue());
            } else if ("tab".equals(n.getLocalName())) {
                out.append('\t');
            } else if ("s".equals(n.getLocalName())) {
                String c = ((Element) n).getAttributeNS("urn:oasis:names:tc:opendocument:xmlns:text:1.0", "c");
                out.append(" ".repeat(c.isEmpty() ? 1 : Integer.parseInt(c)));
            } else if ("line-break".equals(n.getLocalName())) {
                out.append('\n');
            } else {
                appendText(n, out);
            }
        }
    }

    private static String findOnPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File f = new File(d, program);
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        return null;
    }
}
