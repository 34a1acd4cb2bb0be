;;; check.el --- drives eglot after a README snippet, for test/editors.test.ts  -*- lexical-binding: t -*-
;; emacs --batch --eval '(package-activate-all)' -l SNIPPET -l check.el: opens each file of
;; ELBV2_EGLOT_FILES, connects eglot the way M-x eglot does (from eglot-server-programs), and
;; writes what eglot received as JSON. package-activate-all does what an interactive start does
;; (Debian's yaml-mode is an ELPA package).
(require 'eglot)
(require 'json)
(require 'cl-lib)

(defvar elbv2-received nil "publishDiagnostics params, newest first.")
(cl-defmethod eglot-handle-notification :before
  (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics &allow-other-keys)
  (push (list uri diagnostics) elbv2-received))

(defun elbv2-wait (predicate seconds)
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.1))
    (funcall predicate)))

(defun elbv2-after (key)
  "The LSP position where KEY's value starts (YAML `Key: ' or JSON `\"Key\": \"'), or inside KEY for Port."
  (save-excursion
    (goto-char (point-min))
    (re-search-forward (concat "^[ \t]*\"?" key "\"?:[ \t]*\"?"))
    (when (string= key "Port") (re-search-backward "Port") (forward-char 1))
    (eglot--pos-to-lsp-position (point))))

(defun elbv2-check (file)
  (with-current-buffer (find-file-noselect file)
    (let* ((mode major-mode)
           (contact (eglot--guess-contact))
           (server (apply #'eglot--connect contact))
           (command (car (process-command (jsonrpc--process server))))
           (uri (eglot--path-to-uri buffer-file-name))
           (codes nil))
      (elbv2-wait (lambda () (assoc uri elbv2-received)) 30)
      (elbv2-wait (lambda () nil) 1) ; a publication after the settings arrive would be in by now
      (seq-doseq (d (cadr (assoc uri elbv2-received)))
        (push (plist-get d :code) codes))
      (let* ((completion (jsonrpc-request server :textDocument/completion
                                          `(:textDocument (:uri ,uri) :position ,(elbv2-after "Protocol"))))
             (items (if (vectorp completion) completion (plist-get completion :items)))
             (hover (jsonrpc-request server :textDocument/hover
                                     `(:textDocument (:uri ,uri) :position ,(elbv2-after "Port")))))
        (prog1
            (list :file (file-name-nondirectory file)
                  :mode (symbol-name mode)
                  :server command
                  :codes (vconcat (sort codes #'string<))
                  :completion (vconcat (mapcar (lambda (i) (plist-get i :label)) items))
                  :hover (or (plist-get (plist-get hover :contents) :value) ""))
          (eglot-shutdown server))))))

(let ((results nil) (errors nil))
  (dolist (file (split-string (getenv "ELBV2_EGLOT_FILES") ":"))
    (condition-case err
        (push (elbv2-check file) results)
      (error (push (format "%s: %S %S" file err (with-current-buffer (get-file-buffer file) major-mode)) errors))))
  (with-temp-file (getenv "ELBV2_EGLOT_OUT")
    (insert (json-encode (list :results (vconcat (nreverse results)) :errors (vconcat errors))))))
