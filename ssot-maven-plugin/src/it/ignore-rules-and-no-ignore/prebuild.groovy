// Maven's default excludes keep .gitignore files out of the copied project: write it here.
new File(basedir, 'src/main/java/.gitignore').text = 'com/acme/scratch/\n'
return true
