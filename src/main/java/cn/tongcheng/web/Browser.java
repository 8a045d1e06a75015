package cn.tongcheng.web;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;

/** Opens an address in the desktop's browser, where there is a desktop. */
public final class Browser {
    private Browser() {
    }

    /** @return false when there is no desktop browser to open it in (a server, a terminal over SSH) */
    public static boolean open(URI address) {
        if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            return false;
        }
        try {
            Desktop.getDesktop().browse(address);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
