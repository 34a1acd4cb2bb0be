;; ~/.emacs.d/init.el (Emacs 28 and later; YAML needs yaml-mode, or yaml-ts-mode on Emacs 29)
;; Emacs 28 opens .json files in js-mode: give them a JSON mode of their own, as Emacs 29 does.
(unless (fboundp 'js-json-mode)
  (define-derived-mode js-json-mode js-mode "JSON")
  (add-to-list 'auto-mode-alist '("\\.json\\'" . js-json-mode)))
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '((yaml-mode yaml-ts-mode js-json-mode json-mode json-ts-mode)
                 . ("elbv2-ls" "--stdio"))))
