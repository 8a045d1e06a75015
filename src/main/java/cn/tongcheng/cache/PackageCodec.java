package cn.tongcheng.cache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

/**
 * Compiled packages as bytes, with Drools' own object streams (which a KieBase's clone uses too). Reading is
 * limited to the classes compiled packages are made of, though only an entry whose MAC is good is ever read.
 */
final class PackageCodec {
    /** Drools' rule model, the JDK collections it holds, and the project's fact types (globals, declarations). */
    private static final ObjectInputFilter CLASSES = ObjectInputFilter.Config.createFilter(
            "maxdepth=200;java.lang.*;java.util.*;java.util.concurrent.*;java.util.concurrent.locks.*;"
                    + "org.drools.**;org.kie.**;org.mvel2.**;cn.tongcheng.**;!*");

    private PackageCodec() {
    }

    static byte[] write(Collection<? extends KiePackage> packages) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (DroolsObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
            out.writeObject(new ArrayList<KiePackage>(packages));
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    static List<KiePackage> read(byte[] bytes, ClassLoader classLoader) throws IOException, ClassNotFoundException {
        try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(bytes), classLoader)) {
            in.setObjectInputFilter(CLASSES);
            Object o = in.readObject();
            if (!(o instanceof List<?> list) || !list.stream().allMatch(KiePackage.class::isInstance)) {
                throw new IOException("not a list of packages");
            }
            return (List<KiePackage>) o;
        }
    }
}
