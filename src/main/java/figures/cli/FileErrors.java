package figures.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says what went wrong with a file in words a person acts on. The JDK's file exceptions carry only the
 * path as their message ("/project/.figures.lock"), which reads as if the path itself were the problem.
 */
final class FileErrors {
    private FileErrors() {
    }

    static String describe(IOException e) {
        if (!(e instanceof FileSystemException fs) || fs.getFile() == null) {
            return String.valueOf(e.getMessage());
        }
        String what;
        if (fs instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (fs instanceof NoSuchFileException) {
            what = "no such file or directory";
        } else if (fs instanceof FileAlreadyExistsException) {
            what = "already exists";
        } else if (fs instanceof DirectoryNotEmptyException) {
            what = "directory not empty";
        } else if (fs instanceof NotDirectoryException) {
            what = "not a directory";
        } else {
            what = fs.getReason() == null ? "cannot be read or written" : fs.getReason();
        }
        return fs.getFile() + (fs.getOtherFile() == null ? "" : " (and " + fs.getOtherFile() + ")") + ": " + what;
    }
}
