@echo off
rem Tongcheng launcher of the release for Windows: needs only Java 17 (JAVA_HOME, or java on the PATH).
rem Double-clicked (no arguments) it starts the web app: "tongcheng serve". rules\, facts\ and reports\
rem default to the release folder, whatever the working folder.
setlocal
rem UTF-8 console, so that Chinese text and file names print correctly
chcp 65001 >nul
for %%I in ("%~dp0..") do set "TONGCHENG_HOME=%%~fI"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo tongcheng: Java 17 is needed ^(install it, or set JAVA_HOME^) / 需要 Java 17（请安装，或设置 JAVA_HOME）
  if "%~1"=="" pause
  exit /b 1
)
rem The same JVM flags as ./tongcheng: C1 and the serial collector for short runs; the full JIT for bench.
set "JIT=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if /i "%~1"=="bench" set "JIT="
rem Java 17 takes the console's encoding from sun.stdout.encoding (stdout.encoding is Java 19's): both are set.
set "CONSOLE=-Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8"
set "ARGS=%*"
if "%~1"=="" set "ARGS=serve"
"%JAVA%" %JIT% -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 %CONSOLE% "-Dtongcheng.home=%TONGCHENG_HOME%" %TONGCHENG_JAVA_OPTS% -cp "%TONGCHENG_HOME%\lib\*" cn.tongcheng.cli.Main %ARGS%
set "CODE=%ERRORLEVEL%"
rem Keep the window open after an error when the file was double-clicked, so the message can be read.
if not "%CODE%"=="0" if "%~1"=="" pause
exit /b %CODE%
